# case: iterate over the per-object probability maps and keep those whose area exceeds the minimum in a Python list before stacking -> list length decided by tensor values inside the loop; expected to fail in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PruneConfig:
    def __init__(self, min_area=4.0, num_objects=3, hw=(8, 8)):
        self.min_area = min_area
        self.num_objects = num_objects
        self.hw = hw


class ObjectPruner(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.min_area = config.min_area
        self.num_objects = config.num_objects
        self.refine = nn.Conv2d(1, 1, 3, pad_mode="same", has_bias=True)

    def construct(self, probs):
        kept = []
        for i in range(self.num_objects):
            prob = probs[i]
            if prob.sum() > self.min_area:
                kept.append(prob)
        stacked = ops.stack(kept).expand_dims(1)
        return ops.sigmoid(self.refine(stacked)).squeeze(1)


def make():
    np.random.seed(3889)
    p = np.random.rand(3, 8, 8).astype(np.float32) * 0.05
    p[0, 1:5, 1:5] = 0.9
    p[2, 3:8, 0:6] = 0.7
    return ObjectPruner(PruneConfig()), (Tensor(p),)
