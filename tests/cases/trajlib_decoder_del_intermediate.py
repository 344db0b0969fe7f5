# case: multi-modal MLP decoder frees the large intermediate mode-query tensor with `del` before the confidence head (memory habit from a PyTorch port) -> del statement in construct, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderConfig:
    def __init__(self, hidden_size=32, num_modes=6, future_steps=12, dropout=0.0):
        self.hidden_size = hidden_size
        self.num_modes = num_modes
        self.future_steps = future_steps
        self.dropout = dropout


class MLPDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.k, self.t, self.d = config.num_modes, config.future_steps, config.hidden_size
        self.expand = nn.Dense(self.d, self.k * self.d)
        self.drop = nn.Dropout(p=config.dropout) if config.dropout > 0 else nn.Identity()
        self.traj = nn.Dense(self.d, self.t * 2)
        self.conf = nn.Dense(self.d, 1)

    def construct(self, agent_feat):
        b = agent_feat.shape[0]
        queries = self.drop(ops.gelu(self.expand(agent_feat))).reshape(b, self.k, self.d)
        trajs = self.traj(queries).reshape(b, self.k, self.t, 2)
        pooled = queries.mean(axis=-1, keep_dims=True) + queries
        del queries
        conf = ops.softmax(self.conf(pooled).squeeze(-1), axis=-1)
        return trajs, conf


def make():
    np.random.seed(37)
    feat = Tensor(np.random.randn(3, 32).astype(np.float32))
    return MLPDecoder(DecoderConfig()), (feat,)
