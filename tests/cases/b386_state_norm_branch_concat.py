# case: MEGNet block appends the global state vector to each atom's features only when the state carries signal (if state.abs().sum() > 0), otherwise keeps atom-only features -> tensor-valued if whose branches give different widths (rejected)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MEGNetConfig:
    def __init__(self, atom_dim=16, state_dim=4, out_dim=16):
        self.atom_dim = atom_dim
        self.state_dim = state_dim
        self.out_dim = out_dim


class StateBroadcastMixin:
    def _with_state(self, h, state, crystal_ids):
        per_atom = ops.gather(state, crystal_ids, 0)
        if per_atom.abs().sum() > 0:
            return ops.concat([h, per_atom], -1)
        return h


class AtomUpdate(nn.Cell, StateBroadcastMixin):
    def __init__(self, config):
        super().__init__()
        self.mlp_full = nn.Dense(config.atom_dim + config.state_dim, config.out_dim)
        self.atom_dim = config.atom_dim

    def construct(self, h, state, crystal_ids):
        z = self._with_state(h, state, crystal_ids)
        if z.shape[-1] == self.atom_dim:
            z = ops.pad(z, (0, self.mlp_full.in_channels - self.atom_dim))
        return h + ops.tanh(self.mlp_full(z))


def make():
    np.random.seed(23)
    h = Tensor(np.random.randn(10, 16).astype(np.float32))
    state = Tensor(np.random.randn(2, 4).astype(np.float32))
    crystal_ids = Tensor(np.array([0] * 5 + [1] * 5, dtype=np.int32))
    return AtomUpdate(MEGNetConfig()), (h, state, crystal_ids)
