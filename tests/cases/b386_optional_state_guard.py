# case: MEGNet block takes an Optional global state (default None), guarded by isinstance(state, Tensor) / is None and a config flag use_state, and concatenates only on the live path -> constant-folded guards, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class MEGNetConfig:
    def __init__(self, atom_dim=16, state_dim=4, use_state=True):
        self.atom_dim = atom_dim
        self.state_dim = state_dim
        self.use_state = use_state


class AtomUpdate(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_state = config.use_state
        self.state_dim = config.state_dim
        in_dim = config.atom_dim + (config.state_dim if config.use_state else 0)
        self.mlp = nn.Dense(in_dim, config.atom_dim)

    def _broadcast_state(self, state, crystal_ids, n_atoms):
        if isinstance(state, Tensor):
            return ops.gather(state, crystal_ids, 0)
        return ops.zeros((n_atoms, self.state_dim), ms.float32)

    def construct(self, h, crystal_ids, state: Optional[Tensor] = None):
        if self.use_state:
            per_atom = self._broadcast_state(state, crystal_ids, h.shape[0])
            z = ops.concat([h, per_atom], -1)
        else:
            z = h
        out = h + ops.tanh(self.mlp(z))
        if state is None:
            return out
        return out, state


def make():
    np.random.seed(24)
    h = Tensor(np.random.randn(10, 16).astype(np.float32))
    crystal_ids = Tensor(np.array([0] * 5 + [1] * 5, dtype=np.int32))
    return AtomUpdate(MEGNetConfig()), (h, crystal_ids)
