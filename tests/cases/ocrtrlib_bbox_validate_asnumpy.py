# case: bbox embedding validates that every box satisfies x0<=x1 and y0<=y1 by pulling the tensor to NumPy in construct and raising otherwise -> .asnumpy() and NumPy in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LayoutConfig:
    def __init__(self, hidden_size=32, max_2d_position=1024, validate_boxes=True):
        self.hidden_size = hidden_size
        self.max_2d_position = max_2d_position
        self.validate_boxes = validate_boxes


def check_boxes(bbox):
    arr = bbox.asnumpy()
    if np.any(arr[..., 2] < arr[..., 0]) or np.any(arr[..., 3] < arr[..., 1]):
        raise ValueError("bbox must be given as (x0, y0, x1, y1)")


class BoxEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.emb = nn.Embedding(config.max_2d_position, config.hidden_size)
        self.validate_boxes = config.validate_boxes

    def construct(self, bbox):
        if self.validate_boxes:
            check_boxes(bbox)
        w = bbox[..., 2] - bbox[..., 0]
        h = bbox[..., 3] - bbox[..., 1]
        return self.emb(bbox[..., 0]) + self.emb(bbox[..., 1]) + self.emb(w) + self.emb(h)


def make():
    np.random.seed(17)
    xy = np.random.randint(0, 800, size=(1, 8, 2))
    wh = np.random.randint(1, 100, size=(1, 8, 2))
    bbox = Tensor(np.concatenate([xy, xy + wh], -1).astype(np.int32))
    return BoxEmbedding(LayoutConfig()), (bbox,)
