# case: layout embedding accepts boxes either as a tensor or as a Python list of per-box tensors, guarded by isinstance and stacked, plus an Optional token_type_ids -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LayoutConfig:
    def __init__(self, hidden_size=24, max_2d_position=1024, type_vocab_size=2):
        self.hidden_size = hidden_size
        self.max_2d_position = max_2d_position
        self.type_vocab_size = type_vocab_size


class LayoutEmbeddings(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.coord = nn.Embedding(config.max_2d_position, config.hidden_size)
        self.token_type = nn.Embedding(config.type_vocab_size, config.hidden_size)

    def _as_tensor(self, bbox):
        if isinstance(bbox, (list, tuple)):
            bbox = ops.stack(bbox, axis=1)
        return bbox

    def construct(self, bbox, token_type_ids=None):
        bbox = self._as_tensor(bbox)
        emb = sum(self.coord(bbox[..., i]) for i in range(4))
        if token_type_ids is None:
            token_type_ids = ops.zeros(bbox.shape[:-1], ms.int32)
        return emb + self.token_type(token_type_ids)


def make():
    np.random.seed(34)
    boxes = [Tensor(np.random.randint(0, 1000, size=(2, 4)).astype(np.int32)) for _ in range(5)]
    return LayoutEmbeddings(LayoutConfig()), (boxes,)
