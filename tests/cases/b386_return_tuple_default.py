# case: same output-class machinery as a HF-style port, but config.return_dict defaults to False and no caller sets it, so only the tuple branch is live -> expected to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ModelConfig:
    def __init__(self, atom_dim=16, hidden=32, n_layers=2, return_dict=False, output_hidden_states=False):
        self.atom_dim = atom_dim
        self.hidden = hidden
        self.n_layers = n_layers
        self.return_dict = return_dict
        self.output_hidden_states = output_hidden_states


class CrystalModelOutput:
    def __init__(self, energy, hidden_states=None):
        self.energy = energy
        self.hidden_states = hidden_states


class CrystalPropertyModel(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.return_dict = config.return_dict
        self.output_hidden_states = config.output_hidden_states
        self.embed = nn.Dense(config.atom_dim, config.hidden)
        self.layers = nn.CellList([nn.Dense(config.hidden, config.hidden) for _ in range(config.n_layers)])
        self.head = nn.Dense(config.hidden, 1)
        self.num_crystals = 2

    def construct(self, atom_fea, crystal_ids):
        h = self.embed(atom_fea)
        all_h = (h,)
        for layer in self.layers:
            h = h + ops.tanh(layer(h))
            if self.output_hidden_states:
                all_h = all_h + (h,)
        crys = ops.unsorted_segment_sum(h, crystal_ids, self.num_crystals)
        energy = self.head(crys).squeeze(-1)
        if self.return_dict:
            return CrystalModelOutput(energy=energy, hidden_states=all_h)
        outputs = (energy, all_h) if self.output_hidden_states else (energy,)
        return outputs


def make():
    np.random.seed(12)
    atom_fea = Tensor(np.random.randn(10, 16).astype(np.float32))
    crystal_ids = Tensor(np.array([0] * 4 + [1] * 6, dtype=np.int32))
    return CrystalPropertyModel(ModelConfig()), (atom_fea, crystal_ids)
