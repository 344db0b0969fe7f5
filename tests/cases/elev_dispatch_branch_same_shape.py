# case: switches between peak-up and normal weightings with an if on the lobby-queue tensor where both branches produce the same-shaped score vector -> tensor condition but equal shapes, control flow compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ModeWeightedDispatcher(nn.Cell):
    def __init__(self, peak_queue=10.0):
        super().__init__()
        self.peak_queue = peak_queue

    def construct(self, car_floors, car_load, lobby_queue):
        if lobby_queue.sum() > self.peak_queue:
            s = -car_floors * 1.5 - car_load * 2.0
        else:
            s = -car_floors * 0.5 - car_load * 4.0
        return ops.softmax(s, axis=0)


def make():
    np.random.seed(27)
    floors = Tensor(np.random.randint(0, 20, (5,)).astype(np.float32))
    load = Tensor(np.random.uniform(0, 1, (5,)).astype(np.float32))
    queue = Tensor(np.array([4.0, 5.0, 6.0], np.float32))
    return ModeWeightedDispatcher(), (floors, load, queue)
