# case: ranks bands by signal-to-noise and keeps a fixed number k (constructor) with topk and gather -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SNRBandSelector(nn.Cell):
    def __init__(self, k=4):
        super().__init__()
        self.k = k

    def snr(self, cube):
        flat = cube.reshape(cube.shape[0], -1)
        return flat.mean(axis=1) / (flat.std(axis=1) + 1e-6)

    def construct(self, cube):
        score = self.snr(cube)
        _, idx = ops.topk(score, self.k)
        idx, _ = ops.sort(idx.astype(ms.float32))
        return ops.gather(cube, idx.astype(ms.int32), 0)


def make():
    np.random.seed(40)
    cube = Tensor((np.random.rand(10, 8, 8) + np.arange(10)[:, None, None] * 0.1).astype(np.float32))
    return SNRBandSelector(), (cube,)
