# case: stroke encoder trims the padded pen-point batch to the longest real sequence in a shared embedding helper -> slice length comes from tensor values (int(lengths.max())), Graph mode should refuse or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StrokeConfig:
    def __init__(self, point_dim=3, hidden_size=32, trim_padding=True, return_dict=False):
        self.point_dim = point_dim
        self.hidden_size = hidden_size
        self.trim_padding = trim_padding
        self.return_dict = return_dict


def _trim_to_longest(points, lengths):
    max_len = int(lengths.max())
    return points[:, :max_len, :]


class StrokeEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.trim_padding = config.trim_padding
        self.proj = nn.Dense(config.point_dim, config.hidden_size)
        self.norm = nn.LayerNorm((config.hidden_size,))

    def construct(self, points, lengths=None):
        if self.trim_padding and lengths is not None:
            points = _trim_to_longest(points, lengths)
        return self.norm(self.proj(points))


class StrokeEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed = StrokeEmbedding(config)
        self.return_dict = config.return_dict

    def construct(self, points, lengths):
        hidden = self.embed(points, lengths)
        pooled = hidden.mean(axis=1)
        if self.return_dict:
            return {"last_hidden_state": hidden, "pooled": pooled}
        return hidden, pooled


def make():
    np.random.seed(3701)
    cfg = StrokeConfig()
    points = Tensor(np.random.randn(4, 24, 3).astype(np.float32))
    lengths = Tensor(np.array([24, 17, 9, 20], dtype=np.int32))
    return StrokeEncoder(cfg), (points, lengths)
