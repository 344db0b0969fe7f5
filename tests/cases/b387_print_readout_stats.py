# case: memory readout that prints the memory size and the mean readout tensor with the built-in print when config.verbose is on -> print of tensors in construct (no f-string); expected to be accepted in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VerboseConfig:
    def __init__(self, key_dim=8, verbose=True):
        self.key_dim = key_dim
        self.verbose = verbose


class VerboseReadout(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.verbose = config.verbose
        self.scale = config.key_dim ** -0.5

    def construct(self, query_key, mem_key, mem_val):
        aff = ops.softmax(ops.bmm(mem_key.transpose(0, 2, 1), query_key) * self.scale, axis=1)
        readout = ops.bmm(mem_val, aff)
        if self.verbose:
            print("memory elements:", mem_key.shape[-1], "readout mean:", readout.mean())
        return readout


def make():
    np.random.seed(3909)
    qk = Tensor(np.random.randn(1, 8, 16).astype(np.float32))
    mk = Tensor(np.random.randn(1, 8, 32).astype(np.float32))
    mv = Tensor(np.random.randn(1, 4, 32).astype(np.float32))
    return VerboseReadout(VerboseConfig()), (qk, mk, mv)
