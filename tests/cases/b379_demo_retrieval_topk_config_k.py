# case: retrieval-augmented imitation keeps the top-k demonstrations with k from config (num_neighbours=4); failed demos are pushed down by adding a large negative score, not removed -> k is a Python constant, expect Graph mode to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FAILED_DEMO_PENALTY = 1e4


class RetrievalConfig:
    def __init__(self, obs_dim=12, key_dim=16, num_neighbours=4, temperature=0.1, mask_failures=True):
        self.obs_dim = obs_dim
        self.key_dim = key_dim
        self.num_neighbours = num_neighbours
        self.temperature = temperature
        self.mask_failures = mask_failures


class DemoRetriever(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.k = config.num_neighbours
        self.temperature = config.temperature
        self.mask_failures = config.mask_failures
        self.query = nn.Dense(config.obs_dim, config.key_dim)
        self.key = nn.Dense(config.obs_dim, config.key_dim)

    def construct(self, obs, demo_obs, demo_actions, success):
        scores = ops.matmul(self.query(obs), self.key(demo_obs).T)
        if self.mask_failures:
            scores = scores - (1.0 - success.astype(ms.float32)) * FAILED_DEMO_PENALTY
        top_scores, idx = ops.topk(scores, self.k)
        w = ops.softmax(top_scores / self.temperature, axis=-1)
        neigh = ops.gather(demo_actions, idx.view(-1), 0).view(obs.shape[0], self.k, demo_actions.shape[-1])
        return (w.expand_dims(-1) * neigh).sum(axis=1), idx


def make():
    np.random.seed(27)
    obs = Tensor(np.random.randn(2, 12).astype(np.float32))
    demo_obs = Tensor(np.random.randn(20, 12).astype(np.float32))
    demo_act = Tensor(np.random.randn(20, 7).astype(np.float32))
    success = Tensor(np.random.rand(20) > 0.4)
    return DemoRetriever(RetrievalConfig()), (obs, demo_obs, demo_act, success)
