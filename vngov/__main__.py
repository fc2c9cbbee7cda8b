from vngov.cli import main

main()
