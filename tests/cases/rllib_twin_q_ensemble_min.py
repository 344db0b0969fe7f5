# case: SAC critic ensemble iterates enumerate(zip(self.critics, self.dropout_flags)) over an nn.CellList and takes the elementwise min of the Q estimates -> loops over a CellList and Python lists unroll statically, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SACCriticConfig:
    def __init__(self, obs_dim=8, act_dim=2, hidden_size=32, num_critics=2, critic_dropout=None):
        self.obs_dim = obs_dim
        self.act_dim = act_dim
        self.hidden_size = hidden_size
        self.num_critics = num_critics
        self.critic_dropout = critic_dropout


class QFunction(nn.Cell):
    def __init__(self, in_dim, hidden):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(in_dim, hidden), nn.ReLU(), nn.Dense(hidden, 1)])

    def construct(self, obs, act):
        return self.net(ops.concat([obs, act], -1)).squeeze(-1)


class CriticEnsemble(nn.Cell):
    def __init__(self, config):
        super().__init__()
        in_dim = config.obs_dim + config.act_dim
        self.critics = nn.CellList([QFunction(in_dim, config.hidden_size) for _ in range(config.num_critics)])
        drop = config.critic_dropout
        self.dropout_flags = [drop is not None and i > 0 for i in range(config.num_critics)]
        self.dropout = nn.Dropout(p=drop) if drop is not None else None

    def construct(self, obs, act):
        qs = []
        for i, (critic, use_drop) in enumerate(zip(self.critics, self.dropout_flags)):
            q = critic(obs, act)
            if use_drop:
                q = self.dropout(q)
            qs.append(q)
        q_all = ops.stack(qs, 0)
        return ops.amin(q_all, 0), q_all


def make():
    np.random.seed(137)
    cfg = SACCriticConfig()
    obs = Tensor(np.random.randn(7, cfg.obs_dim).astype(np.float32))
    act = Tensor(np.random.randn(7, cfg.act_dim).astype(np.float32))
    return CriticEnsemble(cfg), (obs, act)
