# case: FT-Transformer feature tokenizer takes an optional categorical tensor (default None, not passed) guarded by `is not None` and isinstance(x, Tensor) -> Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class FTConfig:
    def __init__(self, n_num_features=4, cat_cardinalities=None, d_token=6):
        self.n_num_features = n_num_features
        self.cat_cardinalities = cat_cardinalities
        self.d_token = d_token


class FeatureTokenizer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        d = config.d_token
        self.num_weight = Parameter(Tensor(np.random.randn(config.n_num_features, d).astype(np.float32)),
                                    name="num_weight")
        cards = config.cat_cardinalities or []
        self.cat_embed = nn.Embedding(sum(cards), d) if cards else None
        self.cat_offsets = tuple(int(v) for v in np.cumsum([0] + list(cards)[:-1])) if cards else ()

    def construct(self, x_num, x_cat=None):
        tokens = self.num_weight[None] * x_num[..., None]
        if x_cat is not None and isinstance(x_cat, Tensor):
            offs = Tensor(np.array(self.cat_offsets, np.int32))
            cat_tok = self.cat_embed(x_cat + offs[None])
            tokens = ops.cat([tokens, cat_tok], axis=1)
        return tokens


def make():
    np.random.seed(49)
    x_num = Tensor(np.random.randn(5, 4).astype(np.float32))
    return FeatureTokenizer(FTConfig()), (x_num,)
