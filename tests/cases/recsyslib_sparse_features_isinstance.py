# case: sparse-feature embedding layer accepting either one stacked id tensor or a tuple of per-field id tensors, dispatched with isinstance in construct -> Python type checks on inputs, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseFeatureConfig:
    vocab_sizes = (20, 30, 40)
    embed_dim = 8
    concat_output = True


def field_offsets(vocab_sizes):
    offsets = [0]
    for v in vocab_sizes[:-1]:
        offsets.append(offsets[-1] + v)
    return offsets


class SparseFeatureEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.offsets = Tensor(np.array(field_offsets(config.vocab_sizes)).reshape(1, -1), ms.int32)
        self.embedding = nn.Embedding(sum(config.vocab_sizes), config.embed_dim)
        self.concat_output = config.concat_output

    def construct(self, features):
        if isinstance(features, (list, tuple)):
            features = ops.stack([f.astype(ms.int32) for f in features], axis=1)
        elif not isinstance(features, Tensor):
            raise TypeError("features must be a Tensor or a sequence of Tensors")
        emb = self.embedding(features + self.offsets)
        if self.concat_output:
            return emb.reshape(emb.shape[0], -1)
        return emb


def make():
    np.random.seed(3935)
    feats = tuple(Tensor(np.random.randint(0, v, size=(4,)), ms.int32) for v in (20, 30, 40))
    return SparseFeatureEmbedding(SparseFeatureConfig()), (feats,)
