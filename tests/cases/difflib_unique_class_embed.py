# case: class-conditioned UNet embeds only the distinct class labels of the batch with ops.unique and scatters them back by inverse index -> unique output length comes from data, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClassEmbedConfig:
    num_class_embeds = 10
    time_embed_dim = 16
    class_embed_type = None
    class_embeddings_concat = False


class ClassEmbedder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.concat = config.class_embeddings_concat
        self.class_embedding = nn.Embedding(config.num_class_embeds, config.time_embed_dim)
        self.proj = nn.Dense(config.time_embed_dim, config.time_embed_dim)

    def _embed_distinct(self, class_labels):
        uniq, inverse = ops.unique(class_labels)
        table = self.proj(self.class_embedding(uniq))
        return ops.gather(table, inverse, 0)

    def construct(self, emb, class_labels=None):
        if class_labels is None:
            return emb
        class_emb = self._embed_distinct(class_labels)
        if self.concat:
            return ops.cat([emb, class_emb], axis=-1)
        return emb + class_emb


def make():
    np.random.seed(16)
    emb = Tensor(np.random.randn(6, 16).astype(np.float32))
    labels = Tensor(np.array([2, 2, 5, 1, 5, 2], np.int32))
    return ClassEmbedder(ClassEmbedConfig()), (emb, labels)
