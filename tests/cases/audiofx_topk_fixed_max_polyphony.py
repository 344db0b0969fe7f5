# case: polyphonic pitch picker takes a fixed max_voices top-k from the constructor and zeros voices beyond the predicted polyphony -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedPolyPicker(nn.Cell):
    def __init__(self, n_bins=24, max_voices=6):
        super().__init__()
        self.max_voices = max_voices
        self.head = nn.Dense(n_bins, 1)

    def polyphony(self, salience):
        p = ops.relu(self.head(salience)).squeeze(-1) * 4.0
        return ops.clamp(ops.round(p), 1.0, float(self.max_voices))

    def construct(self, salience):
        values, bins = ops.topk(salience, self.max_voices)
        k = self.polyphony(salience).expand_dims(-1)
        rank = ops.arange(0, self.max_voices, dtype=ms.float32).expand_dims(0)
        keep = (rank < k).astype(ms.float32)
        return values * keep, bins


def make():
    np.random.seed(15)
    sal = Tensor(np.random.rand(2, 24).astype(np.float32))
    return FixedPolyPicker(), (sal,)
