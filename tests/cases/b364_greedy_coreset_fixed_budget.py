# case: k-center greedy coreset sampler picks a fixed budget of embeddings set by a sampling ratio in the config, collecting picks in a python list over range() -> fixed trip count, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SamplerConfig:
    def __init__(self, coreset_ratio=0.25, projection_dim=None):
        self.coreset_ratio = coreset_ratio
        self.projection_dim = projection_dim


def row_dist(x, row):
    diff = x - row.reshape(1, -1)
    return (diff * diff).sum(axis=1)


class KCenterGreedy(nn.Cell):
    def __init__(self, num_embeddings, config=None):
        super().__init__()
        config = config or SamplerConfig()
        self.budget = max(1, int(num_embeddings * config.coreset_ratio))
        self.project = config.projection_dim is not None

    def construct(self, embedding):
        selected = [Tensor(0, ms.int32)]
        min_dist = row_dist(embedding, embedding[0])
        for _ in range(self.budget - 1):
            idx = min_dist.argmax().astype(ms.int32)
            selected.append(idx)
            min_dist = ops.minimum(min_dist, row_dist(embedding, embedding[idx]))
        idx = ops.stack(selected)
        return ops.gather(embedding, idx, 0), min_dist.max()


def make():
    np.random.seed(3657)
    net = KCenterGreedy(num_embeddings=48)
    emb = Tensor(np.random.randn(48, 8).astype(np.float32))
    return net, (emb,)
