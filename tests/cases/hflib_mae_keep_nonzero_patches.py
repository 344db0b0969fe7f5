# case: MAE-style encoder that gathers the visible patches using ops.nonzero on a per-sample boolean patch mask supplied by the data pipeline -> nonzero output length depends on mask values, dynamic shape expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ViTMAEConfig:
    hidden_size = 16
    num_patches = 8
    norm_pix_loss = False


class VisiblePatchEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.hidden_size, config.hidden_size)
        self.norm = nn.LayerNorm((config.hidden_size,))

    def _visible(self, patches, bool_masked_pos):
        keep = ops.nonzero(ops.logical_not(bool_masked_pos))
        return patches[keep[:, 0], keep[:, 1]]

    def construct(self, patch_embeddings, bool_masked_pos=None):
        if bool_masked_pos is not None:
            visible = self._visible(patch_embeddings, bool_masked_pos)
        else:
            visible = patch_embeddings.reshape(-1, patch_embeddings.shape[-1])
        return self.norm(self.proj(visible))


def make():
    np.random.seed(57)
    enc = VisiblePatchEncoder(ViTMAEConfig())
    patches = Tensor(np.random.randn(2, 8, 16).astype(np.float32))
    masked = np.zeros((2, 8), dtype=bool)
    masked[0, [1, 3, 5]] = True
    masked[1, [0, 2, 4, 6]] = True
    return enc, (patches, Tensor(masked))
