# case: rasteriser that crops the framebuffer to a triangle's integer bounding box taken from vertex data -> dynamic shape at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BarycentricFill(nn.Cell):
    def construct(self, px, py, v0, v1, v2):
        def edge(a, b, x, y):
            return (b[0] - a[0]) * (y - a[1]) - (b[1] - a[1]) * (x - a[0])
        area = edge(v0, v1, v2[0], v2[1])
        w0 = edge(v1, v2, px, py) / area
        w1 = edge(v2, v0, px, py) / area
        w2 = 1.0 - w0 - w1
        inside = ops.logical_and(ops.logical_and(w0 >= 0, w1 >= 0), w2 >= 0)
        return inside.astype(ms.float32)


class TileRasterizer(nn.Cell):
    def __init__(self, height=16, width=16):
        super().__init__()
        self.height = height
        self.width = width
        self.fill = BarycentricFill()

    def construct(self, verts):
        lo = ops.floor(ops.amin(verts, 0)).astype(ms.int32)
        hi = ops.ceil(ops.amax(verts, 0)).astype(ms.int32)
        x0, y0, x1, y1 = lo[0], lo[1], hi[0], hi[1]
        ys = ops.arange(y0, y1, dtype=ms.float32) + 0.5
        xs = ops.arange(x0, x1, dtype=ms.float32) + 0.5
        py, px = ops.meshgrid(ys, xs, indexing="ij")
        tile = self.fill(px, py, verts[0], verts[1], verts[2])
        frame = ops.zeros((self.height, self.width), ms.float32)
        frame[y0:y1, x0:x1] = tile
        return frame


def make():
    verts = Tensor(np.array([[2.3, 1.7], [12.6, 4.1], [6.2, 13.8]], np.float32))
    return TileRasterizer(), (verts,)
