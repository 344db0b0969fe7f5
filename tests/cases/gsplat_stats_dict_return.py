# case: builds a dict of render statistics (visible count, mean depth, pruned ratio) in construct and returns it -> dict built and returned from construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RenderStats(nn.Cell):
    def __init__(self, near=0.1, min_opacity=0.01):
        super().__init__()
        self.near = near
        self.min_opacity = min_opacity

    def construct(self, depths, opacity):
        vis = (depths > self.near).astype(ms.float32)
        stats = {}
        stats["visible"] = vis.sum()
        stats["mean_depth"] = (depths * vis).sum() / ops.clamp(vis.sum(), min=1.0)
        stats["pruned_ratio"] = (opacity < self.min_opacity).astype(ms.float32).mean()
        if stats["visible"] > 10:
            stats["dense"] = Tensor(True)
        return stats


def make():
    np.random.seed(28)
    depths = Tensor(np.random.uniform(-3, 9, (24,)).astype(np.float32))
    opacity = Tensor(np.random.rand(24).astype(np.float32))
    return RenderStats(), (depths, opacity)
