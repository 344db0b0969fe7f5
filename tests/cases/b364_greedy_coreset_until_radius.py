# case: k-center greedy coreset sampler keeps picking the farthest embedding while the coverage radius stays above a tolerance, appending picks to a list -> while on tensor value with a growing list, expect error/dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SamplerConfig:
    def __init__(self, radius_tol=2.5, projection_dim=None):
        self.radius_tol = radius_tol
        self.projection_dim = projection_dim


def row_dist(x, row):
    diff = x - row.reshape(1, -1)
    return (diff * diff).sum(axis=1)


class KCenterGreedy(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = config or SamplerConfig()
        self.radius_tol = config.radius_tol
        self.project = config.projection_dim is not None

    def construct(self, embedding):
        selected = [Tensor(0, ms.int32)]
        min_dist = row_dist(embedding, embedding[0])
        while min_dist.max() > self.radius_tol:
            idx = min_dist.argmax().astype(ms.int32)
            selected.append(idx)
            min_dist = ops.minimum(min_dist, row_dist(embedding, embedding[idx]))
        idx = ops.stack(selected)
        return ops.gather(embedding, idx, 0)


def make():
    np.random.seed(3656)
    net = KCenterGreedy()
    emb = Tensor(np.random.randn(48, 8).astype(np.float32))
    return net, (emb,)
