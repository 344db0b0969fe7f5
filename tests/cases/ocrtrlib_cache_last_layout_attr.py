# case: layout embedding caches the last seen normalised bbox tensor on self inside construct so a later decoding step can reuse it -> attribute of self written in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LayoutConfig:
    def __init__(self, hidden_size=32, max_2d_position=1024, coordinate_size=8, use_cache=True):
        self.hidden_size = hidden_size
        self.max_2d_position = max_2d_position
        self.coordinate_size = coordinate_size
        self.use_cache = use_cache


class LayoutEmbeddings(nn.Cell):
    def __init__(self, config):
        super().__init__()
        c = config.coordinate_size
        self.x_emb = nn.Embedding(config.max_2d_position, c)
        self.y_emb = nn.Embedding(config.max_2d_position, c)
        self.proj = nn.Dense(4 * c, config.hidden_size)
        self.use_cache = config.use_cache
        self.cached_bbox = None

    def construct(self, bbox):
        bbox = ops.clamp(bbox, 0, 1023)
        if self.use_cache:
            self.cached_bbox = bbox
        parts = [self.x_emb(bbox[..., 0]), self.y_emb(bbox[..., 1]),
                 self.x_emb(bbox[..., 2]), self.y_emb(bbox[..., 3])]
        return self.proj(ops.concat(parts, axis=-1))


def make():
    np.random.seed(16)
    bbox = Tensor(np.random.randint(0, 1100, size=(2, 9, 4)).astype(np.int32))
    return LayoutEmbeddings(LayoutConfig()), (bbox,)
