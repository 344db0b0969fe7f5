# case: feature-interaction layer picked by a config string (fm / dot / concat) and branched on in construct -> Python constant branches, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SUPPORTED_INTERACTIONS = ("fm", "dot", "concat")


class InteractionConfig:
    def __init__(self, num_fields=6, embed_dim=8, interaction="fm", keep_linear=True):
        if interaction not in SUPPORTED_INTERACTIONS:
            raise ValueError(interaction)
        self.num_fields = num_fields
        self.embed_dim = embed_dim
        self.interaction = interaction
        self.keep_linear = keep_linear


class FeatureInteraction(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.interaction = config.interaction
        self.keep_linear = config.keep_linear
        self.num_fields = config.num_fields
        if self.interaction == "concat":
            self.proj = nn.Dense(config.num_fields * config.embed_dim, config.embed_dim)

    def _fm(self, emb):
        square_of_sum = ops.square(emb.sum(axis=1))
        sum_of_square = ops.square(emb).sum(axis=1)
        return 0.5 * (square_of_sum - sum_of_square)

    def construct(self, emb):
        if self.interaction == "fm":
            out = self._fm(emb)
        elif self.interaction == "dot":
            out = ops.bmm(emb, emb.transpose(0, 2, 1)).reshape(emb.shape[0], -1)
        else:
            out = self.proj(emb.reshape(emb.shape[0], -1))
        if self.keep_linear:
            out = ops.concat((out, emb.mean(axis=1)), axis=-1)
        return out


def make():
    np.random.seed(3909)
    cfg = InteractionConfig(interaction="fm")
    emb = Tensor(np.random.randn(4, cfg.num_fields, cfg.embed_dim).astype(np.float32))
    return FeatureInteraction(cfg), (emb,)
