# case: retrieval-augmented imitation scores a bank of demonstrations and keeps the top-k, where k is the number of successful demos in the bank (int() of a tensor sum) -> top-k size comes from tensor values, expect Graph mode to refuse or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RetrievalConfig:
    def __init__(self, obs_dim=12, key_dim=16, max_k=None, temperature=0.1):
        self.obs_dim = obs_dim
        self.key_dim = key_dim
        self.max_k = max_k
        self.temperature = temperature


class DemoRetriever(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.max_k = config.max_k
        self.temperature = config.temperature
        self.query = nn.Dense(config.obs_dim, config.key_dim)
        self.key = nn.Dense(config.obs_dim, config.key_dim)

    def _num_neighbours(self, success):
        k = int(success.astype(ms.int32).sum())
        if self.max_k is not None:
            k = min(k, self.max_k)
        return k

    def construct(self, obs, demo_obs, demo_actions, success):
        q = self.query(obs)
        keys = self.key(demo_obs)
        scores = ops.matmul(q, keys.T) + (success.astype(ms.float32) - 1.0) * 1e4
        k = self._num_neighbours(success)
        top_scores, idx = ops.topk(scores, k)
        w = ops.softmax(top_scores / self.temperature, axis=-1)
        neigh = ops.gather(demo_actions, idx.view(-1), 0).view(obs.shape[0], k, -1)
        return (w.expand_dims(-1) * neigh).sum(axis=1)


def make():
    np.random.seed(26)
    obs = Tensor(np.random.randn(2, 12).astype(np.float32))
    demo_obs = Tensor(np.random.randn(20, 12).astype(np.float32))
    demo_act = Tensor(np.random.randn(20, 7).astype(np.float32))
    success = Tensor(np.random.rand(20) > 0.4)
    return DemoRetriever(RetrievalConfig()), (obs, demo_obs, demo_act, success)
