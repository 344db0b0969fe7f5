# case: episode tensor split into support/query with n_support = n_way * k_shot from the config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EpisodeConfig:
    def __init__(self, n_way=3, k_shot=2, n_query=2):
        self.n_way = n_way
        self.k_shot = k_shot
        self.n_query = n_query


class EpisodicProtoNet(nn.Cell):
    def __init__(self, cfg=None, in_dim=10, emb_dim=8):
        super().__init__()
        cfg = cfg if cfg is not None else EpisodeConfig()
        self.n_way = cfg.n_way
        self.k_shot = cfg.k_shot
        self.embed = nn.SequentialCell([nn.Dense(in_dim, 16), nn.ReLU(), nn.Dense(16, emb_dim)])

    def split(self, episode):
        n_support = self.n_way * self.k_shot
        return episode[:n_support], episode[n_support:]

    def construct(self, episode):
        support, query = self.split(episode)
        s = self.embed(support).reshape(self.n_way, self.k_shot, -1).mean(1)
        q = self.embed(query)
        logits = -ops.cdist(q, s)
        return logits, logits.argmax(-1)


def make():
    np.random.seed(42)
    episode = Tensor(np.random.randn(12, 10).astype(np.float32))
    return EpisodicProtoNet(), (episode,)
