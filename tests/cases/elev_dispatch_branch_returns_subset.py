# case: in peak-up traffic mode (decided from the lobby queue tensor) returns only the lobby-bound cars' scores, otherwise all car scores -> if on tensor value with branches of different shapes, error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrafficModeDispatcher(nn.Cell):
    def __init__(self, peak_queue=10.0, lobby_cars=2):
        super().__init__()
        self.peak_queue = peak_queue
        self.lobby_cars = lobby_cars

    def scores(self, car_floors, car_load):
        return -car_floors * 0.5 - car_load * 4.0

    def construct(self, car_floors, car_load, lobby_queue):
        s = self.scores(car_floors, car_load)
        if lobby_queue.sum() > self.peak_queue:
            out = s[:self.lobby_cars]
        else:
            out = s
        return ops.softmax(out, axis=0)


def make():
    np.random.seed(26)
    floors = Tensor(np.random.randint(0, 20, (5,)).astype(np.float32))
    load = Tensor(np.random.uniform(0, 1, (5,)).astype(np.float32))
    queue = Tensor(np.array([4.0, 5.0, 6.0], np.float32))
    return TrafficModeDispatcher(), (floors, load, queue)
