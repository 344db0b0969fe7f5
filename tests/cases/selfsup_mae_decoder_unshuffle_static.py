# case: MAE decoder appending mask tokens (count from shapes) and unshuffling with ids_restore via gather_elements, loss on masked patches -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, Normal


class MAEDecoder(nn.Cell):
    def __init__(self, enc_dim=16, dec_dim=8, patch_dim=12, norm_pix_loss=False):
        super().__init__()
        self.embed = nn.Dense(enc_dim, dec_dim)
        self.mask_token = Parameter(initializer(Normal(0.02), (1, 1, dec_dim), ms.float32), name="mask_token")
        self.pred = nn.Dense(dec_dim, patch_dim)
        self.norm_pix_loss = norm_pix_loss

    def unshuffle(self, x, ids_restore):
        n, length = ids_restore.shape
        dim = x.shape[-1]
        n_mask = length - x.shape[1]
        tokens = ops.tile(self.mask_token, (n, n_mask, 1))
        full = ops.concat((x, tokens), axis=1)
        index = ids_restore.expand_dims(-1).broadcast_to((n, length, dim))
        return ops.gather_elements(full, 1, index)

    def construct(self, latent, ids_restore, target, mask):
        x = self.unshuffle(self.embed(latent), ids_restore)
        pred = self.pred(x)
        if self.norm_pix_loss:
            mean = target.mean(axis=-1, keep_dims=True)
            var = target.var(axis=-1, keepdims=True)
            target = (target - mean) / ops.sqrt(var + 1e-6)
        loss = ((pred - target) ** 2).mean(axis=-1)
        return (loss * mask).sum() / mask.sum()


def make():
    np.random.seed(35)
    latent = Tensor(np.random.randn(2, 4, 16).astype(np.float32))
    ids_restore = Tensor(np.stack([np.random.permutation(16) for _ in range(2)]).astype(np.int32))
    target = Tensor(np.random.randn(2, 16, 12).astype(np.float32))
    mask = Tensor((np.random.rand(2, 16) > 0.25).astype(np.float32))
    return MAEDecoder(), (latent, ids_restore, target, mask)
