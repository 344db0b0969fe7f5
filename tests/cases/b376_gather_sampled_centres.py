# case: distributed-style PartialFC shard gathers class-centre rows with a fixed-length sampled index tensor handed in by the data loader -> gather with static index shape, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ShardConfig:
    num_local_classes = 40
    num_sample = 12
    embedding_size = 16
    scale = 64.0
    margin = 0.3


class CentreShard(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.s, self.m = config.scale, config.margin
        self._create_parameters(config)

    def _create_parameters(self, config):
        w = np.random.normal(0, 0.01, (config.num_local_classes, config.embedding_size)).astype(np.float32)
        self.weight = Parameter(Tensor(w), name="local_centres")
        self.weight_mom = Parameter(Tensor(np.zeros_like(w)), name="local_centres_mom", requires_grad=False)

    def construct(self, emb, local_labels, sampled_index):
        sub_w = ops.gather(self.weight, sampled_index, 0)
        cos = ops.matmul(ops.L2Normalize(axis=1)(emb), ops.L2Normalize(axis=1)(sub_w).T)
        valid = (local_labels >= 0).astype(ms.float32).reshape(-1, 1)
        hit = (local_labels.reshape(-1, 1) == sampled_index.reshape(1, -1)).astype(ms.float32) * valid
        return (cos - hit * self.m) * self.s


def make():
    np.random.seed(37631)
    emb = Tensor(np.random.randn(6, ShardConfig.embedding_size).astype(np.float32))
    labels = np.array([3, -1, 17, 3, 25, -1], dtype=np.int32)
    negs = np.setdiff1d(np.arange(ShardConfig.num_local_classes), labels)
    idx = np.sort(np.concatenate([[3, 17, 25], np.random.choice(negs, ShardConfig.num_sample - 3, replace=False)])).astype(np.int32)
    return CentreShard(ShardConfig()), (emb, Tensor(labels), Tensor(idx))
