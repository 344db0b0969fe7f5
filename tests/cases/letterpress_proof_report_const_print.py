# case: print a fixed proof-sheet banner and the density tensor as separate print arguments -> plain print of a tensor, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProofReport(nn.Cell):
    def __init__(self, verbose=True):
        super().__init__()
        self.verbose = verbose

    def construct(self, scan):
        density = scan.mean()
        if self.verbose:
            print("proof sheet mean density:", density)
        return density


def make():
    np.random.seed(132)
    scan = np.random.rand(16, 16).astype(np.float32)
    return ProofReport(), (Tensor(scan),)
