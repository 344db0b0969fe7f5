# case: text classifier pools non-pad tokens with masked_select in the default pool_mode -> dynamic shape at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoolerConfig:
    def __init__(self, hidden_size=16, num_labels=3, pool_mode="select", pad_id=0):
        self.hidden_size = hidden_size
        self.num_labels = num_labels
        self.pool_mode = pool_mode
        self.pad_id = pad_id


class TokenPoolClassifier(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.pool_mode = config.pool_mode
        self.pad_id = config.pad_id
        self.hidden_size = config.hidden_size
        self.head = nn.Dense(config.hidden_size, config.num_labels)

    def _pool(self, hidden, input_ids):
        if self.pool_mode == "select":
            mask = (input_ids != self.pad_id).expand_dims(-1)
            mask = ops.broadcast_to(mask, hidden.shape)
            kept = ops.masked_select(hidden, mask)
            kept = kept.reshape(-1, self.hidden_size)
            return kept.mean(axis=0, keep_dims=True)
        return hidden.mean(axis=1)

    def construct(self, hidden, input_ids):
        pooled = self._pool(hidden, input_ids)
        return self.head(pooled)


def make():
    np.random.seed(0)
    hidden = Tensor(np.random.randn(1, 6, 16).astype(np.float32))
    ids = Tensor(np.array([[5, 9, 3, 0, 0, 0]], dtype=np.int32))
    return TokenPoolClassifier(PoolerConfig()), (hidden, ids)
