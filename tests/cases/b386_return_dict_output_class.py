# case: materials-property model returns a plain Python output class (energy, forces-free stress, atom embeddings) because config.return_dict defaults to True -> plain class instance returned from construct (rejected)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ModelConfig:
    def __init__(self, atom_dim=16, hidden=32, n_layers=2, return_dict=True):
        self.atom_dim = atom_dim
        self.hidden = hidden
        self.n_layers = n_layers
        self.return_dict = return_dict


class CrystalModelOutput:
    def __init__(self, energy, atom_embeddings=None):
        self.energy = energy
        self.atom_embeddings = atom_embeddings


class CrystalPropertyModel(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.return_dict = config.return_dict
        self.embed = nn.Dense(config.atom_dim, config.hidden)
        self.layers = nn.CellList([nn.Dense(config.hidden, config.hidden) for _ in range(config.n_layers)])
        self.head = nn.Dense(config.hidden, 1)
        self.num_crystals = 2

    def construct(self, atom_fea, crystal_ids):
        h = self.embed(atom_fea)
        for layer in self.layers:
            h = h + ops.tanh(layer(h))
        crys = ops.unsorted_segment_sum(h, crystal_ids, self.num_crystals)
        energy = self.head(crys).squeeze(-1)
        if not self.return_dict:
            return (energy, h)
        return CrystalModelOutput(energy=energy, atom_embeddings=h)


def make():
    np.random.seed(11)
    atom_fea = Tensor(np.random.randn(10, 16).astype(np.float32))
    crystal_ids = Tensor(np.array([0] * 4 + [1] * 6, dtype=np.int32))
    return CrystalPropertyModel(ModelConfig()), (atom_fea, crystal_ids)
