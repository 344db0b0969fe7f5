# case: field pooler reads its reduction axis from a Tensor buffer (so checkpoints can switch between field-wise and sequence-wise pooling) and converts it with int() inside construct -> reduce axis from tensor value, expect rejection
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SEQ_AXIS, FIELD_AXIS = 1, 2


class PoolerConfig:
    def __init__(self, emb_dim=8, pool_axis=SEQ_AXIS, pooling="mean"):
        self.emb_dim = emb_dim
        self.pool_axis = pool_axis
        self.pooling = pooling


class ConfigurablePooler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.pooling = config.pooling
        self.pool_axis = Tensor(config.pool_axis, ms.int32)

    def _axis(self):
        return int(self.pool_axis)

    def construct(self, x):
        axis = self._axis()
        if self.pooling == "max":
            return x.max(axis=axis)
        return x.mean(axis=axis)


class MultiFieldSeqModel(nn.Cell):
    def __init__(self, config, num_fields=3):
        super().__init__()
        self.pool = ConfigurablePooler(config)
        self.head = nn.Dense(num_fields * config.emb_dim, 1)

    def construct(self, seq_field_emb):
        pooled = self.pool(seq_field_emb)
        return self.head(pooled.reshape(pooled.shape[0], -1))


def make():
    np.random.seed(38531)
    cfg = PoolerConfig()
    x = Tensor(np.random.randn(4, 6, 3, cfg.emb_dim).astype(np.float32))
    return MultiFieldSeqModel(cfg), (x,)
