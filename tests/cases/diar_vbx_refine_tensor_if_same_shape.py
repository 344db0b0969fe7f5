# case: VBx-like refinement loop with a constant iteration count where an if on the tensor change in posteriors chooses between two same-shape updates -> control flow on a tensor but static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PosteriorRefiner(nn.Cell):
    def __init__(self, n_iters=3, tol=1e-3, fa=0.4):
        super().__init__()
        self.n_iters = n_iters
        self.tol = tol
        self.fa = fa

    def construct(self, frame_emb, centroids):
        # frame_emb: (T, D), centroids: (S, D)
        post = ops.softmax(ops.matmul(frame_emb, centroids.T), axis=-1)
        for _ in range(self.n_iters):
            counts = post.sum(axis=0).expand_dims(-1) + 1.0
            new_c = ops.matmul(post.T, frame_emb) / counts
            new_post = ops.softmax(ops.matmul(frame_emb, new_c.T) * self.fa, axis=-1)
            delta = ops.abs(new_post - post).max()
            if delta > self.tol:
                post = new_post
                centroids = new_c
            else:
                post = 0.5 * (post + new_post)
        return post, centroids


def make():
    np.random.seed(39)
    emb = Tensor(np.random.randn(12, 6).astype(np.float32))
    cent = Tensor(np.random.randn(3, 6).astype(np.float32))
    return PosteriorRefiner(), (emb, cent)
