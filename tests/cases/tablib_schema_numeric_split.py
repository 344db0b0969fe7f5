# case: mixed-type input split into numerical and categorical parts by a schema mask passed as a tensor (n_num = int(is_numeric.sum()), x[:, :n_num]) -> Graph mode rejects or goes dynamic on the data-derived slice bound
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MixedConfig:
    def __init__(self, n_features=7, d_token=4, max_cat_levels=10):
        self.n_features = n_features
        self.d_token = d_token
        self.max_cat_levels = max_cat_levels


class MixedInputEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.n_features = config.n_features
        self.num_proj = nn.Dense(1, config.d_token)
        self.cat_embed = nn.Embedding(config.max_cat_levels, config.d_token)

    def _split(self, x, is_numeric):
        n_num = int(is_numeric.astype(ms.int32).sum())
        return x[:, :n_num], x[:, n_num:]

    def construct(self, x, is_numeric):
        x_num, x_cat = self._split(x, is_numeric)
        num_tok = self.num_proj(x_num[..., None])
        cat_tok = self.cat_embed(x_cat.astype(ms.int32))
        tokens = ops.cat([num_tok, cat_tok], axis=1)
        return tokens.mean(1)


def make():
    np.random.seed(43)
    x_num = np.random.randn(5, 4).astype(np.float32)
    x_cat = np.random.randint(0, 10, size=(5, 3)).astype(np.float32)
    x = Tensor(np.concatenate([x_num, x_cat], axis=1))
    is_numeric = Tensor(np.array([1, 1, 1, 1, 0, 0, 0], np.int32))
    return MixedInputEncoder(MixedConfig()), (x, is_numeric)
