-- A deadline's due date is the end of the period it names: never before the period starts.
select * from {{ ref('fct_deadlines') }} where due_date < period_start
