# case: multi-valued categorical bag trims its padded id matrix to the longest bag using Python max() over int(l) of each length tensor -> Graph mode rejects or goes dynamic on the builtin-derived width
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BagConfig:
    def __init__(self, n_levels=20, d_embed=4, trim_padding=True):
        self.n_levels = n_levels
        self.d_embed = d_embed
        self.trim_padding = trim_padding


class TrimmedBagEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.trim_padding = config.trim_padding
        self.embed = nn.Embedding(config.n_levels + 1, config.d_embed, padding_idx=0)

    def _trim(self, ids, lengths):
        if not self.trim_padding:
            return ids
        longest = max([int(l) for l in lengths])
        return ids[:, :longest]

    def construct(self, ids, lengths):
        ids = self._trim(ids, lengths)
        emb = self.embed(ids)
        pos = ops.arange(ids.shape[1])[None, :]
        valid = (pos < lengths[:, None]).astype(emb.dtype)
        return (emb * valid[..., None]).sum(1) / lengths[:, None].astype(emb.dtype)


def make():
    np.random.seed(44)
    lengths = np.array([2, 3, 1, 3], np.int32)
    ids = np.zeros((4, 6), np.int32)
    for i, l in enumerate(lengths):
        ids[i, :l] = np.random.randint(1, 21, size=l)
    return TrimmedBagEmbedding(BagConfig()), (Tensor(ids), Tensor(lengths))
