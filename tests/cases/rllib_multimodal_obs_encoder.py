# case: observation encoder accepts either a single tensor or a tuple of modality tensors, guarded by isinstance(obs, (list, tuple)), and concatenates per-modality embeddings -> isinstance on the input structure is resolved at compile time, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    def __init__(self, modality_dims=(6, 3, 5), embed_dim=16, use_layer_norm=True):
        self.modality_dims = modality_dims
        self.embed_dim = embed_dim
        self.use_layer_norm = use_layer_norm


class MultiModalEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.encoders = nn.CellList([nn.Dense(d, config.embed_dim) for d in config.modality_dims])
        total = config.embed_dim * len(config.modality_dims)
        self.norm = nn.LayerNorm((total,)) if config.use_layer_norm else nn.Identity()

    def _encode_all(self, parts):
        return [ops.relu(enc(x)) for enc, x in zip(self.encoders, parts)]

    def construct(self, obs):
        if isinstance(obs, (list, tuple)):
            feats = ops.concat(self._encode_all(obs), -1)
        else:
            feats = ops.relu(self.encoders[0](obs))
        return self.norm(feats)


def make():
    np.random.seed(109)
    cfg = EncoderConfig()
    parts = tuple(Tensor(np.random.randn(4, d).astype(np.float32)) for d in cfg.modality_dims)
    return MultiModalEncoder(cfg), (parts,)
