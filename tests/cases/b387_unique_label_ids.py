# case: convert an index label map of the first frame into one-hot object masks using ops.unique to find the object ids present -> number of ids comes from data; dynamic shape expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskConverterConfig:
    def __init__(self, ignore_background=True, dtype=ms.float32):
        self.ignore_background = ignore_background
        self.dtype = dtype


class FirstFrameMaskConverter(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = config if config is not None else MaskConverterConfig()
        self.ignore_background = config.ignore_background
        self.out_dtype = config.dtype

    def _object_ids(self, label_map):
        ids, _ = ops.unique(label_map.reshape(-1))
        if self.ignore_background:
            ids = ids[1:]
        return ids

    def construct(self, label_map):
        ids = self._object_ids(label_map)
        onehot = ops.equal(label_map.expand_dims(0), ids.reshape(-1, 1, 1))
        return onehot.astype(self.out_dtype)


def make():
    np.random.seed(3875)
    lab = np.zeros((8, 8), dtype=np.int32)
    lab[1:4, 1:5] = 1
    lab[5:8, 2:7] = 3
    return FirstFrameMaskConverter(), (Tensor(lab),)
