# case: print a proof-sheet report with an f-string of the measured ink density and return the density -> print with f-string of a tensor in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProofReport(nn.Cell):
    def __init__(self, sheet_name="broadside"):
        super().__init__()
        self.sheet_name = sheet_name

    def construct(self, scan):
        density = scan.mean()
        print(f"proof {self.sheet_name}: mean density {density}")
        return density


def make():
    np.random.seed(131)
    scan = np.random.rand(16, 16).astype(np.float32)
    return ProofReport(), (Tensor(scan),)
