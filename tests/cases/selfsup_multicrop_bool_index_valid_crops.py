# case: multi-crop batch where local crops that were padded (all-zero) are dropped with boolean-mask indexing before the head -> dynamic shape at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LocalCropEncoder(nn.Cell):
    def __init__(self, dim=16, out_dim=8, pad_eps=1e-6):
        super().__init__()
        self.encoder = nn.SequentialCell([nn.Dense(dim, 32), nn.ReLU(), nn.Dense(32, out_dim)])
        self.pad_eps = pad_eps

    def valid_crop_mask(self, crops):
        energy = ops.abs(crops).sum(axis=-1)
        return energy > self.pad_eps

    def construct(self, global_feat, local_crops):
        # local_crops: (n_local, dim) with some rows zero-padded by the dataloader
        valid = self.valid_crop_mask(local_crops)
        kept = local_crops[valid]
        z_local = self.encoder(kept)
        z_global = self.encoder(global_feat)
        sim = ops.matmul(z_global, z_local.T)
        return ops.log_softmax(sim, axis=-1).mean()


def make():
    np.random.seed(15)
    g = np.random.randn(2, 16).astype(np.float32)
    loc = np.random.randn(6, 16).astype(np.float32)
    loc[4:] = 0.0
    return LocalCropEncoder(), (Tensor(g), Tensor(loc))
