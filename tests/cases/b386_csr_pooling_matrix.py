# case: crystal readout encodes the atom->crystal assignment as a CSR pooling matrix (crystals x atoms) with 1/n weights and pools via CSRTensor.mm -> sparse tensor built in construct (rejected or unsupported)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReadoutConfig:
    hidden = 16
    out_dim = 2
    target_scale = (1.0, 0.001)


class CSRReadout(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.head = nn.Dense(config.hidden, config.out_dim)
        self.scale = Tensor(np.array(config.target_scale, dtype=np.float32))

    def _pooling_matrix(self, crystal_ptr, n_atoms):
        counts = (crystal_ptr[1:] - crystal_ptr[:-1]).astype(ms.float32)
        atom_idx = ops.arange(0, n_atoms, dtype=ms.int32)
        seg = ops.searchsorted(crystal_ptr[1:], atom_idx, right=True)
        weights = 1.0 / ops.gather(counts, seg, 0)
        shape = (crystal_ptr.shape[0] - 1, n_atoms)
        return ms.CSRTensor(crystal_ptr, atom_idx, weights, shape)

    def construct(self, h, crystal_ptr):
        pool = self._pooling_matrix(crystal_ptr, h.shape[0])
        crys = pool.mm(h)
        return self.head(crys) * self.scale


def make():
    np.random.seed(20)
    h = Tensor(np.random.randn(11, 16).astype(np.float32))
    crystal_ptr = Tensor(np.array([0, 4, 7, 11], dtype=np.int32))
    return CSRReadout(ReadoutConfig()), (h, crystal_ptr)
