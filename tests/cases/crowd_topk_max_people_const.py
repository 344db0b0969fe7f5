# case: localization head returns the top max_people peak candidates (k fixed in the constructor) with a score mask instead of dropping low scores -> constant k, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopKLocalizer(nn.Cell):
    def __init__(self, max_people=10, score_thresh=0.5):
        super().__init__()
        self.max_people = max_people
        self.score_thresh = score_thresh
        self.pool = nn.MaxPool2d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, density):
        b, _, h, w = density.shape
        keep = ops.cast(self.pool(density) == density, density.dtype)
        flat = (density * keep).reshape(b, h * w)
        scores, idx = ops.topk(flat, self.max_people)
        ys = (idx // w).astype(ms.float32)
        xs = (idx % w).astype(ms.float32)
        valid = ops.cast(scores > self.score_thresh, ms.float32)
        return ops.stack([xs, ys], axis=-1), valid


def make():
    np.random.seed(38)
    dens = np.random.rand(2, 1, 10, 10).astype(np.float32)
    return TopKLocalizer(), (Tensor(dens),)
