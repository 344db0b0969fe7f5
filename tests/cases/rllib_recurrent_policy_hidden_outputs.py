# case: GRU-cell recurrent policy returns (logits,) plus the hidden state and per-step features only when output flags are on, outputs grow as a tuple -> flag-dependent tuple length is resolved at compile time, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass


@dataclass
class RecurrentPolicyConfig:
    obs_dim: int = 7
    hidden_size: int = 16
    num_actions: int = 5
    output_hidden_state: bool = True
    output_step_features: bool = False


class RecurrentPolicy(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.output_hidden_state = config.output_hidden_state
        self.output_step_features = config.output_step_features
        self.cell = nn.GRUCell(config.obs_dim, config.hidden_size)
        self.head = nn.Dense(config.hidden_size, config.num_actions)

    def construct(self, obs_seq, h0):
        h = h0
        feats = ()
        for t in range(obs_seq.shape[0]):
            h = self.cell(obs_seq[t], h)
            feats = feats + (h,)
        logits = self.head(h)
        outputs = (logits,)
        outputs = outputs + (h,) if self.output_hidden_state else outputs
        if self.output_step_features:
            outputs = outputs + (ops.stack(feats),)
        return outputs


def make():
    np.random.seed(127)
    cfg = RecurrentPolicyConfig()
    obs = Tensor(np.random.randn(4, 3, cfg.obs_dim).astype(np.float32))
    h0 = Tensor(np.zeros((3, cfg.hidden_size), np.float32))
    return RecurrentPolicy(cfg), (obs, h0)
