# case: ViTMAE random_masking that sorts per-sample noise with argsort and keeps len_keep = int(num_patches * (1 - mask_ratio)) patches via gather_elements, returning mask and ids_restore -> len_keep is computed from Python floats and shapes, static graph expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ViTMAEConfig:
    def __init__(self, hidden_size=16, mask_ratio=0.75):
        self.hidden_size = hidden_size
        self.mask_ratio = mask_ratio


class ViTMAEEmbeddings(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.mask_ratio = config.mask_ratio
        self.patch_proj = nn.Dense(config.hidden_size, config.hidden_size)

    def random_masking(self, sequence, noise=None):
        batch_size, seq_length, dim = sequence.shape
        len_keep = int(seq_length * (1 - self.mask_ratio))
        if noise is None:
            noise = ops.rand(batch_size, seq_length)
        ids_shuffle = ops.argsort(noise, axis=1)
        ids_restore = ops.argsort(ids_shuffle, axis=1)
        ids_keep = ids_shuffle[:, :len_keep]
        index = ids_keep.expand_dims(-1).broadcast_to((-1, -1, dim))
        sequence_unmasked = ops.gather_elements(sequence, 1, index)
        mask = ops.ones((batch_size, seq_length), ms.float32)
        mask[:, :len_keep] = 0
        mask = ops.gather_elements(mask, 1, ids_restore)
        return sequence_unmasked, mask, ids_restore

    def construct(self, patches, noise=None):
        embeddings = self.patch_proj(patches)
        embeddings, mask, ids_restore = self.random_masking(embeddings, noise)
        return embeddings, mask, ids_restore


def make():
    np.random.seed(58)
    emb = ViTMAEEmbeddings(ViTMAEConfig())
    patches = Tensor(np.random.randn(2, 16, 16).astype(np.float32))
    noise = Tensor(np.random.rand(2, 16).astype(np.float32))
    return emb, (patches, noise)
