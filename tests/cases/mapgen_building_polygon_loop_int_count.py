# case: building footprint perimeter loop runs for range(int(n_vertices)) and collects edge lengths into a list before stacking -> error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FootprintPerimeter(nn.Cell):
    def __init__(self, meters_per_unit=0.5):
        super().__init__()
        self.scale = meters_per_unit

    def edge_len(self, a, b):
        d = b - a
        return ops.sqrt((d * d).sum())

    def construct(self, polygon, n_vertices):
        edges = []
        n = int(n_vertices)
        for i in range(n):
            j = (i + 1) % n
            edges.append(self.edge_len(polygon[i], polygon[j]))
        lengths = ops.stack(edges) * self.scale
        return lengths.sum(), lengths.max()


def make():
    np.random.seed(20)
    ang = np.sort(np.random.uniform(0, 2 * np.pi, size=6))
    poly = np.zeros((10, 2), dtype=np.float32)
    poly[:6] = np.stack([np.cos(ang), np.sin(ang)], axis=1) * 20
    return FootprintPerimeter(), (Tensor(poly), Tensor(6, ms.int32))
