# case: picks a fixed number of foreground-biased patch centres via topk on a jittered label score map and unravels the flat indices -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopKPatchCenters(nn.Cell):
    def __init__(self, num_patches=4, jitter=0.1, seed=1):
        super().__init__()
        self.num_patches = num_patches
        self.jitter = jitter
        self.uniform = ops.UniformReal(seed=seed)

    def _unravel(self, idx, shape):
        _, h, w = shape
        return ops.stack((idx // (h * w), (idx // w) % h, idx % w), axis=1)

    def construct(self, label):
        # label: (D, H, W) int32
        score = (label > 0).astype(ms.float32) + self.jitter * self.uniform(label.shape)
        _, idx = ops.topk(score.reshape(-1), self.num_patches)
        return self._unravel(idx, label.shape)


def make():
    np.random.seed(0)
    lab = np.zeros((6, 8, 8), dtype=np.int32)
    lab[2:4, 3:6, 3:6] = 2
    return TopKPatchCenters(), (Tensor(lab),)
