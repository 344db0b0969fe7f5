# case: wake-word cell tracks detections in a @ms.jit_class state object created in construct and mutated (hit count, last score) before returning its fields -> jit_class instance created and mutated in construct, Graph mode may refuse the attribute writes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class DetectionState:
    def __init__(self, threshold):
        self.threshold = threshold
        self.hits = 0
        self.last_score = 0.0

    def update(self, score):
        self.last_score = score
        self.hits = self.hits + (score > self.threshold).astype(ms.int32)


class KWSConfig:
    num_labels = 3
    keyword_id = 1
    threshold = 0.5


class WakeCell(nn.Cell):
    def __init__(self, config=KWSConfig):
        super().__init__()
        self.keyword_id = config.keyword_id
        self.threshold = config.threshold
        self.head = nn.Dense(20, config.num_labels)

    def construct(self, frames):
        post = ops.softmax(self.head(frames), axis=-1)[:, self.keyword_id]
        state = DetectionState(self.threshold)
        for t in range(frames.shape[0]):
            state.update(post[t])
        return state.hits, state.last_score


def make():
    np.random.seed(38311)
    frames = Tensor(np.random.randn(6, 20).astype(np.float32))
    return WakeCell(), (frames,)
