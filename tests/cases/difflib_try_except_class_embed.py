# case: UNet class embedding wraps the label lookup in try/except TypeError to fall back to zeros when class_labels have a float dtype -> try statement in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UNetClassConfig:
    num_class_embeds = 10
    time_embed_dim = 16
    class_embed_type = None


class TimestepEmbedding(nn.Dense):
    def __init__(self, in_dim, out_dim):
        super().__init__(in_dim, out_dim, activation="silu")


class ConditionedTimeEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.time_embedding = TimestepEmbedding(config.time_embed_dim, config.time_embed_dim)
        self.class_embedding = nn.Embedding(config.num_class_embeds, config.time_embed_dim)

    def get_class_embed(self, class_labels, sample):
        try:
            class_emb = self.class_embedding(class_labels)
        except TypeError:
            class_emb = ops.zeros((sample.shape[0], self.time_embedding.out_channels), sample.dtype)
        return class_emb

    def construct(self, sample, t_emb, class_labels=None):
        emb = self.time_embedding(t_emb)
        if class_labels is not None:
            emb = emb + self.get_class_embed(class_labels, sample)
        return emb


def make():
    np.random.seed(28)
    sample = Tensor(np.random.randn(2, 4, 8, 8).astype(np.float32))
    t_emb = Tensor(np.random.randn(2, 16).astype(np.float32))
    labels = Tensor(np.array([3, 7], np.int32))
    return ConditionedTimeEmbedding(UNetClassConfig()), (sample, t_emb, labels)
