# case: split a power file into a fixed number of 60 s blocks with a Python range loop and collect block means -> loop over range(python int), static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlockPower(nn.Cell):
    def __init__(self, block_s=60, n_blocks=5):
        super().__init__()
        self.block_s = block_s
        self.n_blocks = n_blocks

    def construct(self, watts, hr):
        means = []
        decoupling = []
        for b in range(self.n_blocks):
            start = b * self.block_s
            p = watts[start:start + self.block_s]
            h = hr[start:start + self.block_s]
            means.append(p.mean())
            decoupling.append(p.mean() / h.mean())
        ef = ops.stack(decoupling)
        drift = (ef[0] - ef[-1]) / ef[0]
        return ops.stack(means), drift


def make():
    np.random.seed(62)
    watts = np.clip(np.random.normal(240, 30, size=300), 0, 800).astype(np.float32)
    hr = np.linspace(135, 160, 300).astype(np.float32) + np.random.normal(0, 2, 300).astype(np.float32)
    return BlockPower(), (Tensor(watts), Tensor(hr))
