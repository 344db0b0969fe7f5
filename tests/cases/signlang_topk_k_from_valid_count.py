# case: picks the k most confident frames with topk where k is the number of valid frames computed from a tensor -> k from tensor value, dynamic or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KeyFramePicker(nn.Cell):
    def __init__(self, thresh=0.5):
        super().__init__()
        self.thresh = thresh

    def construct(self, clip, frame_conf):
        # clip: (T, J, 3); frame_conf: (T,)
        k = (frame_conf > self.thresh).astype(ms.int32).sum()
        _, idx = ops.topk(frame_conf, int(k))
        idx = ops.sort(idx)[0]
        return ops.gather(clip, idx, 0)


def make():
    np.random.seed(9)
    clip = Tensor(np.random.randn(10, 21, 3).astype(np.float32))
    conf = Tensor(np.random.rand(10).astype(np.float32))
    return KeyFramePicker(), (clip, conf)
