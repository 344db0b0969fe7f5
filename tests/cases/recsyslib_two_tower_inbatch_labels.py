# case: two-tower retrieval model builds in-batch softmax labels with ops.arange(user.shape[0]) and an optional logQ correction -> batch size is a shape, not data, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TwoTowerConfig:
    def __init__(self, user_dim=12, item_dim=10, out_dim=8, temperature=0.05, logq_correction=True):
        self.user_dim = user_dim
        self.item_dim = item_dim
        self.out_dim = out_dim
        self.temperature = temperature
        self.logq_correction = logq_correction


class Tower(nn.SequentialCell):
    def __init__(self, in_dim, out_dim):
        super().__init__([nn.Dense(in_dim, 2 * out_dim, activation="relu"), nn.Dense(2 * out_dim, out_dim)])


class TwoTowerRetrieval(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.user_tower = Tower(config.user_dim, config.out_dim)
        self.item_tower = Tower(config.item_dim, config.out_dim)
        self.temperature = config.temperature
        self.logq_correction = config.logq_correction
        self.loss_fn = nn.CrossEntropyLoss()

    def construct(self, user_feats, item_feats, item_log_prob=None):
        u = ops.L2Normalize(axis=-1)(self.user_tower(user_feats))
        v = ops.L2Normalize(axis=-1)(self.item_tower(item_feats))
        logits = ops.matmul(u, v.T) / self.temperature
        if self.logq_correction and item_log_prob is not None:
            logits = logits - item_log_prob.reshape(1, -1)
        labels = ops.arange(u.shape[0]).astype(ms.int32)
        return self.loss_fn(logits, labels)


def make():
    np.random.seed(3936)
    user = Tensor(np.random.randn(6, 12).astype(np.float32))
    item = Tensor(np.random.randn(6, 10).astype(np.float32))
    log_q = Tensor(np.log(np.random.uniform(0.01, 0.2, size=(6,))).astype(np.float32))
    return TwoTowerRetrieval(TwoTowerConfig()), (user, item, log_q)
